/**
 * Ribbon function file (FunctionFile in manifest.xml). The Home tab button opens the task
 * pane with a ShowTaskpane action, which needs no code; this file exists because Office loads
 * the function file for the add-in's commands, and it registers the ExecuteFunction actions we
 * may add later. Nothing here touches the workbook.
 */

/** Action ids, as referenced by <FunctionName> in manifest.xml. */
export const COMMAND_ACTIONS: Record<string, (event: Office.AddinCommands.Event) => void> = {
  // No ExecuteFunction commands yet; the pane opens through the manifest's ShowTaskpane.
};

export function registerCommands(office: typeof Office | undefined): number {
  if (!office) return 0;
  let n = 0;
  for (const [id, fn] of Object.entries(COMMAND_ACTIONS)) {
    office.actions?.associate(id, fn);
    n++;
  }
  return n;
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    registerCommands(Office);
  });
}
