import type { Command } from './command.ts';
import { brief } from './brief.ts';
import { check } from './check.ts';
import { citations } from './citations.ts';
import { generate } from './generate.ts';
import { importCommand } from './import.ts';
import { review } from './review.ts';
import { skeleton } from './skeleton.ts';
import { status } from './status.ts';

/** Every kb command by name. */
export const commands: Record<string, Command> = { check, status, citations, import: importCommand, review, brief, generate, skeleton };
