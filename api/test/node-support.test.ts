import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileTypeValidator } from '@nestjs/common';
import { jpgFile, pngFile } from './evidence-fixtures.js';

/**
 * README promises Node.js 20.19 or newer: `npm install` there must not warn that a package wants a
 * newer Node (file-type 22, which @nestjs/common 12.5 asks for, needs Node 22; the root package.json
 * overrides it with 21, which supports Node 20).
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };

describe('Node.js 20.19, the version README names', () => {
  it('is what the root package.json asks for', () => {
    const rootPackage = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));
    expect(rootPackage.engines.node).toBe('>=20.19');
  });

  it('is supported by every package in package-lock.json', () => {
    const lock = JSON.parse(readFileSync(resolve(repoRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies('20.19.0', p.engines.node))
      .map(([path, p]) => `${path}@${p.version} (node ${(p.engines as { node: string }).node})`);
    expect(refusing).toEqual([]);
  });

  it("leaves Nest's file-type check working with the pinned file-type", async () => {
    const validator = new FileTypeValidator({ fileType: 'image/png' });
    type Upload = Parameters<FileTypeValidator['isValid']>[0];
    const upload = (buffer: Buffer, mimetype: string) => ({ buffer, mimetype, originalname: 'x', size: buffer.length }) as Upload;
    await expect(validator.isValid(upload(pngFile(), 'image/png'))).resolves.toBe(true);
    // A JPEG sent as image/png is found out by its content.
    await expect(validator.isValid(upload(jpgFile(), 'image/png'))).resolves.toBe(false);
  });
});
