import { z } from 'zod';

// Any message a schema does not spell out itself falls back to zod's Simplified Chinese locale.
z.config(z.locales.zhCN());
