import { describe, expect, it } from 'vitest';
import { cspFirst } from './cspFirst';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;

describe('the CSP meta first in <head>', () => {
  it('moves it from the end of <head> to right after the charset', () => {
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title><link rel="manifest" href="/m"><script src="/sw.js"></script>${CSP}<style>a{}</style></head><body></body></html>`;
    expect(cspFirst(page)).toBe(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${CSP}<title>x</title><link rel="manifest" href="/m"><script src="/sw.js"></script><style>a{}</style></head><body></body></html>`,
    );
  });

  it('puts it first in <head> when there is no charset, and leaves a page without one alone', () => {
    expect(cspFirst(`<html><head lang="en"><title>x</title>${CSP}</head>`)).toBe(
      `<html><head lang="en">${CSP}<title>x</title></head>`,
    );
    expect(cspFirst('<html><head><title>x</title></head>')).toBe(
      '<html><head><title>x</title></head>',
    );
  });

  it('changes nothing on a page where it is already first', () => {
    const page = `<html><head><meta charset="utf-8">${CSP}<title>x</title></head>`;
    expect(cspFirst(page)).toBe(page);
  });
});
