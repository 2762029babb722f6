import * as assert from 'assert';
import { configPaths } from '../../../src/core/index';

describe('config paths: resolveInside (templates and incidents folder stay in the workspace)', () => {
  const root = '/srv/space';
  it('resolves relative paths inside the root', () => {
    assert.strictEqual(configPaths.resolveInside(root, 'incidents'), '/srv/space/incidents');
    assert.strictEqual(configPaths.resolveInside(root, './a/../b'), '/srv/space/b');
    assert.strictEqual(configPaths.resolveInside(root, '..foo/x'), '/srv/space/..foo/x');
    assert.strictEqual(configPaths.resolveInside(root, '/srv/space/t'), '/srv/space/t');
  });
  it('refuses what leaves it: ../, absolute paths elsewhere, a sibling sharing its prefix, a drive', () => {
    for (const target of ['../outside', 'a/../../outside', '/etc', '/srv/space-2/x', 'C:/Windows']) {
      assert.strictEqual(configPaths.resolveInside(root, target), undefined, target);
    }
  });
});
