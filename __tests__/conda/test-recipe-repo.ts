/**
 * A stand-in for conda/conda_build_test_recipe, the git repository conda-build's tests point
 * CONDA_BUILD_TEST_RECIPE_PATH at (and some recipes clone from GitHub): a small setup.py project with
 * annotated tags 1.20.0, 1.20.2, 1.21.0, 1.21.11 and 1.22.0 on its main branch (HEAD at 1.22.0) and a
 * branch `1.20.2+1` one commit past 1.20.2. Its setup.py gives each tag's version as a literal (the real
 * one asks versioneer, which a static reader cannot run). `redirectGithub` makes git clone this folder
 * wherever a recipe names the GitHub URL (git's url.<base>.insteadOf, through GIT_CONFIG_* variables).
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'

export const TEST_RECIPE_URL = 'https://github.com/conda/conda_build_test_recipe'

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'conda-build',
  GIT_AUTHOR_EMAIL: 'conda@conda-build.org',
  GIT_COMMITTER_NAME: 'conda-build',
  GIT_COMMITTER_EMAIL: 'conda@conda-build.org',
  GIT_AUTHOR_DATE: '2017-08-02T19:20:00Z',
  GIT_COMMITTER_DATE: '2017-08-02T19:20:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: '/nonexistent'
}

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim()
}

function commit(repo: string, version: string, message: string): void {
  fs.writeFileSync(path.join(repo, 'setup.py'), `from setuptools import setup\n\nsetup(\n    name='conda_version_test',\n    version='${version}',\n)\n`)
  fs.writeFileSync(path.join(repo, 'meta.yaml'), `package:\n  name: conda-build-test-source-git-jinja2\n\nsource:\n  git_tag: 1.20.0\n`)
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', message)
}

/** Make the repository in `dir` (an empty folder); returns `dir`. */
export function makeTestRecipeRepo(dir: string): string {
  fs.mkdirSync(path.join(dir, 'conda_version_test'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'conda_version_test', '__init__.py'), '')
  git(dir, 'init', '-q', '-b', 'main')
  const tag = (t: string): void => {
    commit(dir, t, `release ${t}`)
    git(dir, 'tag', '-a', t, '-m', t)
  }
  tag('1.20.0')
  tag('1.20.2')
  git(dir, 'checkout', '-q', '-b', '1.20.2+1')
  commit(dir, '1.20.2.post1', 'one past 1.20.2')
  git(dir, 'checkout', '-q', 'main')
  for (const t of ['1.21.0', '1.21.11', '1.22.0']) tag(t)
  return dir
}

/** git's environment that clones `repo` for TEST_RECIPE_URL. */
export function redirectGithub(repo: string): Record<string, string> {
  return { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `url.${repo}.insteadOf`, GIT_CONFIG_VALUE_0: TEST_RECIPE_URL }
}

/** The full hash of `rev` in `repo`. */
export function revHash(repo: string, rev: string): string {
  return git(repo, 'rev-parse', `${rev}^{commit}`)
}
