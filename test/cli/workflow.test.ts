import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/build-site.ts';

interface Step { name?: string; run?: string; uses?: string; with?: Record<string, unknown>; if?: string }
const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/review.yml'), 'utf8'));
const steps: Step[] = workflow.jobs.review.steps;
const runs = steps.map((s) => s.run ?? '').join('\n');

describe('the pull-request workflow', () => {
  it('runs on pull requests with the full history (kb review reads the base, pages date files from git)', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
  });

  it('checks, posts the review summary even when the check fails, builds and tests', () => {
    expect(runs).toContain('npm run -s kb -- check');
    const review = steps.find((s) => s.run?.includes('kb -- review'))!;
    expect(review.run).toBe('npm run -s kb -- review --base "${{ github.event.pull_request.base.sha }}" >> "$GITHUB_STEP_SUMMARY"');
    expect(review.if).toContain('always()');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('npm test');
  });

  it('only runs scripts the project has', () => {
    const scripts = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts;
    for (const name of runs.matchAll(/npm run (?:-s )?([a-z]+)/g)) expect(scripts).toHaveProperty(name[1]);
  });
});
