import { configure } from '@testing-library/react';

// waitFor/findBy give up after 1 s by default. antd validates and re-renders forms asynchronously,
// and on a loaded 2-core CI machine one round can take longer than that (seen in CI: the 所属部门
// message of the new-user form arrived after the 1 s deadline). A wait that would pass must not fail
// on the clock; a wait that can never pass still fails, at the test's own 60 s timeout at the latest.
configure({ asyncUtilTimeout: 20_000 });
