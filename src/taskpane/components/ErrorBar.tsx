/** The last failed action, worded for the user, with a dismiss button. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorText } from '../pane-model';
import type { Locale, Strings } from '../strings';

export function ErrorBar(props: { error: unknown; strings: Strings; locale: Locale; onDismiss: () => void }) {
  const { strings } = props;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {errorText(props.error, strings, props.locale)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onDismiss}>
          {strings.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
