import { afterEach, describe, expect, it } from 'vitest';
import { backLink, rememberReturnTo } from './returnTo';

const apps = [
  { name: 'Shop', origins: ['https://shop.example.com'] },
  { name: 'Blog', origins: ['http://localhost:8080', 'https://blog.example.org'] },
];

afterEach(() => sessionStorage.clear());

describe('backLink', () => {
  it("links back to an address at one of the applications' origins", () => {
    expect(backLink('https://shop.example.com/orders?id=7', apps)).toEqual({
      url: 'https://shop.example.com/orders?id=7',
      appName: 'Shop',
    });
    expect(backLink('http://localhost:8080/', apps)).toEqual({ url: 'http://localhost:8080/', appName: 'Blog' });
  });

  it('never links anywhere else', () => {
    for (const url of [
      'https://evil.example/',
      'https://shop.example.com.evil.example/',
      'https://evil.shop.example.com/',
      'http://shop.example.com/',
      'https://shop.example.com:8443/',
      'http://localhost:8081/',
      '//shop.example.com/',
      '/account',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(backLink(url, apps), url).toBeUndefined();
    }
    expect(backLink(undefined, apps)).toBeUndefined();
    expect(backLink('https://shop.example.com/', [])).toBeUndefined();
  });
});

describe('rememberReturnTo', () => {
  it("keeps the address's return_to for the tab", () => {
    expect(rememberReturnTo('?return_to=https%3A%2F%2Fshop.example.com%2F')).toBe('https://shop.example.com/');
    expect(rememberReturnTo('')).toBe('https://shop.example.com/');
    expect(rememberReturnTo('?return_to=https%3A%2F%2Fblog.example.org%2F')).toBe('https://blog.example.org/');
  });

  it('is undefined when never given', () => {
    expect(rememberReturnTo('')).toBeUndefined();
  });
});
