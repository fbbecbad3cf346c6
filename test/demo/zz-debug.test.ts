import { executeServerCommand } from '@web/test-runner-commands';
it('debug', async () => {
  await executeServerCommand('streamspace-demo-mount');
  const r = await fetch('/api/demo/token');
  console.log('STATUS', r.status, [...r.headers].join(' | '), JSON.stringify(await r.text()));
  await executeServerCommand('streamspace-demo-unmount');
});
