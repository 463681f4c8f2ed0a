// @aiser/sdk/embed against a minimal fake DOM (no browser here): what it puts into the element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderEmbed, embedUrl } from '@aiser/sdk/embed';

class FakeElement {
  constructor(tag) { this.tagName = tag.toUpperCase(); this.attributes = {}; this.children = []; this.parentNode = null; }
  setAttribute(k, v) { this.attributes[k] = String(v); }
  getAttribute(k) { return this.attributes[k]; }
  get firstChild() { return this.children[0] ?? null; }
  appendChild(c) { this.children.push(c); c.parentNode = this; return c; }
  removeChild(c) { this.children = this.children.filter((x) => x !== c); c.parentNode = null; return c; }
}
const fakeDocument = (elements = {}) => ({ createElement: (t) => new FakeElement(t), querySelector: (s) => elements[s] ?? null });

test('renders a sandboxed iframe for a chart URL into an element, replacing its content', () => {
  const target = new FakeElement('div');
  target.appendChild(new FakeElement('p'));
  const doc = fakeDocument({ '#chart': target });
  const embed = renderEmbed('#chart', '/charts/chart_abc', { document: doc, baseUrl: 'https://aiser.example.com/api/v1', height: 420, title: 'Sales' });
  assert.equal(target.children.length, 1);
  const iframe = target.children[0];
  assert.equal(iframe.tagName, 'IFRAME');
  assert.equal(iframe.getAttribute('src'), 'https://aiser.example.com/charts/chart_abc');
  assert.equal(embed.url, 'https://aiser.example.com/charts/chart_abc');
  assert.equal(iframe.getAttribute('title'), 'Sales');
  assert.equal(iframe.getAttribute('sandbox'), 'allow-scripts allow-popups');
  assert.match(iframe.getAttribute('style'), /height:420px/);
  embed.destroy();
  assert.equal(target.children.length, 0);
});

test('refuses what is not an http(s) URL, a missing element, and a missing DOM', () => {
  assert.throws(() => embedUrl('javascript:alert(1)'), TypeError);
  assert.throws(() => embedUrl('data:text/html,x'), TypeError);
  assert.throws(() => embedUrl('/charts/x'), TypeError); // relative without a base
  assert.throws(() => renderEmbed('#nothing', 'https://a.example/charts/x', { document: fakeDocument() }), TypeError);
  assert.throws(() => renderEmbed(new FakeElement('div'), 'https://a.example/charts/x'), /needs a DOM/);
});
