import type { Command } from './command.ts';
import { check } from './check.ts';
import { importCommand } from './import.ts';
import { citations } from './citations.ts';
import { review } from './review.ts';
import { status } from './status.ts';

/** Every kb command by name. */
export const commands: Record<string, Command> = { check, citations, import: importCommand, review, status };
