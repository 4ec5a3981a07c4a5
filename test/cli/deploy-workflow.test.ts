import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/build-site.ts';

interface Step { name?: string; id?: string; run?: string; uses?: string; with?: Record<string, unknown>; if?: string; env?: Record<string, string>; 'continue-on-error'?: unknown }
interface Job { needs?: string | string[]; if?: string; env?: Record<string, string>; steps: Step[]; permissions?: Record<string, string>; 'continue-on-error'?: unknown }
const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as { on: Record<string, { branches?: string[] }>; jobs: Record<string, Job> };
const jobs = Object.entries(workflow.jobs);
const build = workflow.jobs.build;
/** Where in the build job the first step matching `test` is; -1 when none does. */
const position = (test: (step: Step) => boolean) => build.steps.findIndex(test);

describe('the deploy workflow (.github/workflows/deploy.yml)', () => {
  it('runs only on a push to main, and each job only for main', () => {
    expect(workflow.on).toEqual({ push: { branches: ['main'] } });
    for (const [name, job] of jobs) expect(job.if, name).toBe("github.ref == 'refs/heads/main'");
  });

  it('checks the content, builds and runs the tests before uploading, in that order, from a full clone', () => {
    expect(build.steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    const check = position((s) => s.run === 'npm run -s kb -- check');
    const buildStep = position((s) => s.run === 'npm run build');
    const tests = position((s) => s.run === 'npm test');
    const upload = position((s) => s.uses?.startsWith('actions/upload-pages-artifact@') === true);
    expect([check, buildStep, tests, upload].every((i) => i > 0)).toBe(true);
    expect(check).toBeLessThan(buildStep);
    expect(buildStep).toBeLessThan(tests);
    expect(tests).toBeLessThan(upload);
    expect(build.steps[upload].with).toEqual({ path: 'dist' });
  });

  it('never goes on past a failed step: nothing may continue on error or run "always"', () => {
    for (const [name, job] of jobs) {
      expect(job['continue-on-error'], name).toBeUndefined();
      for (const step of job.steps) {
        expect(step['continue-on-error'], step.name).toBeUndefined();
        expect(step.if ?? '', step.name).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
      }
    }
  });

  it('publishes only in a job that needs the build job, and publishes nothing else', () => {
    const publishing = jobs.filter(([, job]) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    expect(publishing.map(([name]) => name)).toEqual(['deploy']);
    const deploy = workflow.jobs.deploy;
    expect([deploy.needs].flat()).toEqual(['build']);
    expect(deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('builds with the repository for edit links and the Pages address as the site', () => {
    expect(build.env?.KB_REPO_URL).toBe('${{ github.server_url }}/${{ github.repository }}');
    const buildStep = build.steps[position((s) => s.run === 'npm run build')];
    expect(buildStep.env?.KB_SITE_URL).toBe('${{ steps.pages.outputs.base_url }}');
    expect(position((s) => s.id === 'pages')).toBeLessThan(position((s) => s.run === 'npm run build'));
  });

  it('only runs scripts the project has', () => {
    const scripts = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts;
    const runs = build.steps.map((s) => s.run ?? '').join('\n');
    for (const name of runs.matchAll(/npm run (?:-s )?([a-z:]+)/g)) expect(scripts).toHaveProperty(name[1]);
  });
});
