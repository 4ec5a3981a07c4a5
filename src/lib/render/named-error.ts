/**
 * Runs `render` for one content file; an error it throws comes back naming that file, so a build
 * that fails while rendering says which report to look at instead of only where in Astro it broke.
 */
export function renderingFile<T>(file: string, render: () => T): T {
  try {
    return render();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Không dựng được trang của ${file}: ${reason}`, { cause: error });
  }
}
