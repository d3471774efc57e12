import { parseAction } from '@actions/workflow-parser/actions/index'
test('node 24', () => { expect(process.versions.node.split('.')[0]).toBe('24'); expect(typeof parseAction).toBe('function') })
