/**
 * Text from content printed as part of one line of output. A CI runner reads every line a step
 * prints, and a line that begins `::error`, `::warning`, `::set-output`, `::add-mask` … is a
 * command to it; a terminal obeys escape sequences. So a key, value or file name from content
 * (which can hold a line break, a carriage return or ESC) never breaks the line it is printed in:
 * line breaks and other control characters are shown escaped (`\n`, `\u001b`) instead.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
