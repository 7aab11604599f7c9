import { configure } from '@testing-library/react';

// waitFor/findBy give up after 1 s by default. antd renders (CSS-in-JS), validates and re-renders
// forms asynchronously, and on a loaded 2-core CI machine one round can take seconds. A wait that
// would pass must not fail on the clock; one that can never pass still fails, after 20 s. Set here
// only: a configure() elsewhere (in a helper a test imports) would silently override it.
configure({ asyncUtilTimeout: 20_000 });
