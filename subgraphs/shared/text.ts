/**
 * Text inputs. A length limit counts characters (Unicode code points), not UTF-16 units, so "🙂" is
 * one character. Control characters are refused everywhere: NUL, the rest of the C0 set and DEL;
 * tab, line feed and carriage return only in multi-line text (notes, reasons). Text that is not
 * well-formed Unicode (a lone surrogate) is refused too: a store would silently alter it.
 */

/**
 * Input fields that hold multi-line text (tab and line breaks allowed), by schema coordinate
 * (`InputType.field`); every other text is one line. The owning subgraph checks the same rule with
 * `textProblem(…, { multiline: true })`.
 */
export const MULTILINE_FIELDS: ReadonlySet<string> = new Set([
  'LogTimeInput.notes',
  'ChangeProjectStatusInput.reason',
  'SubmitChangeOrderInput.reason',
  'ResolveExceptionInput.note',
]);

/** C0 controls and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is its purpose
const CONTROL = /[\u0000-\u001f\u007f]/;
/** C0 controls and DEL, except tab, line feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is its purpose
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Characters (code points) in `text`. */
export function textLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** True when `text` holds a character no text input accepts (see the module comment). */
export function hasForbiddenCharacter(text: string, multiline: boolean): boolean {
  return (multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(text) || !text.isWellFormed();
}

export interface TextRule {
  /** Most characters (code points) allowed. */
  max: number;
  /** Tab and line breaks allowed. @default false */
  multiline?: boolean;
  /** Blank text refused. @default false */
  required?: boolean;
}

/** What is wrong with `text` under `rule`, as the end of a sentence; null when it is acceptable. */
export function textProblem(text: string, rule: TextRule): string | null {
  if (hasForbiddenCharacter(text, rule.multiline ?? false)) {
    return rule.multiline ? 'contains a control character (only tab and line breaks are allowed)' : 'contains a control character or line break';
  }
  if (rule.required && !text.trim()) return 'is required';
  if (textLength(text) > rule.max) return `is over ${rule.max} characters`;
  return null;
}
