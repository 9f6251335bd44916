import { html } from 'lit/html.js'
import { afterEach, expect, test, vi } from 'vitest'
import { BaseElement, property, state } from './base-element'

class TestElement extends BaseElement {
  static override styles = ':host { display: block; color: rgb(1, 2, 3) }'
  @property() label?: string
  @property({ type: Number }) count = 1
  @property({ attribute: 'is-on', type: Boolean }) isOn = false
  @state() private clicks = 0
  updates = 0
  protected override render(): unknown {
    this.updates++
    return html`<button
      @click=${() => this.clicks++}
      data-count=${this.count}
      ?hidden=${!this.isOn}
    >
      ${`${this.label ?? ''}:${this.clicks}`}
    </button>`
  }
}
customElements.define('test-element', TestElement)

afterEach(() => {
  document.body.replaceChildren()
  vi.unstubAllGlobals()
  delete window.litNonce
})

test('attributes convert to properties; changes batch into one update', async () => {
  const element = document.createElement('test-element') as TestElement
  element.setAttribute('label', 'a')
  element.setAttribute('count', '3')
  element.setAttribute('is-on', '')
  document.body.append(element)
  await element.updateComplete
  expect([element.label, element.count, element.isOn, element.updates]).toEqual(['a', 3, true, 1])
  element.label = 'b'
  element.count = 4
  element.removeAttribute('is-on')
  await element.updateComplete
  expect(element.updates).toBe(2)
  expect(element.isOn).toBe(false)
  const button = element.shadowRoot?.querySelector('button')
  expect(button?.textContent).toBe('b:0')
  expect(button?.dataset.count).toBe('4')
  expect(button?.hidden).toBe(true)
  expect(element.getAttribute('count')).toBe('3') // properties are not reflected
})

test('state changes update in place; @click listens; styles are adopted', async () => {
  const element = document.createElement('test-element') as TestElement
  document.body.append(element)
  await element.updateComplete
  const button = element.shadowRoot?.querySelector('button')
  button?.click()
  await element.updateComplete
  expect(element.shadowRoot?.querySelector('button')).toBe(button) // lit-html kept the node
  expect(button?.textContent).toBe(':1')
  expect(getComputedStyle(element).color).toBe('rgb(1, 2, 3)')
  expect(element.shadowRoot?.adoptedStyleSheets).toHaveLength(1)
})

test('updateComplete resolves once rendered, updates requested meanwhile included', async () => {
  const element = document.createElement('test-element') as TestElement
  document.body.append(element)
  element.count = 2
  expect(await element.updateComplete).toBe(true)
  expect(element.updates).toBe(1) // one update for both
  expect(element.shadowRoot?.querySelector('button')?.dataset.count).toBe('2')
  element.label = 'a'
  const done = element.updateComplete
  queueMicrotask(() => (element.label = 'b')) // a second update, requested once the first ran
  await done
  expect(element.updates).toBe(3)
  expect(element.shadowRoot?.querySelector('button')?.textContent).toBe('b:0')
  expect(await element.updateComplete).toBe(true) // nothing pending: at once
})

test('no update while disconnected; one on connecting', async () => {
  const element = document.createElement('test-element') as TestElement
  element.label = 'x'
  await element.updateComplete
  expect(element.updates).toBe(0)
  document.body.append(element)
  await element.updateComplete
  expect(element.updates).toBe(1)
})

test('values render as text, never as markup', async () => {
  const element = document.createElement('test-element') as TestElement
  element.label = '<img src=x onerror=alert(1)><b>bold</b>'
  document.body.append(element)
  await element.updateComplete
  const button = element.shadowRoot?.querySelector('button')
  expect(button?.querySelector('*')).toBeNull()
  expect(button?.textContent).toBe('<img src=x onerror=alert(1)><b>bold</b>:0')
})

test('without constructable style sheets: a <style> with window.litNonce, first', async () => {
  // `new CSSStyleSheet()` throws, as where constructable style sheets are missing.
  vi.stubGlobal('CSSStyleSheet', function () {
    throw new TypeError('not supported')
  })
  window.litNonce = 'n0nce'
  const element = document.createElement('test-element') as TestElement
  document.body.append(element)
  await element.updateComplete
  const style = element.shadowRoot?.firstElementChild as HTMLStyleElement
  expect(style.tagName).toBe('STYLE')
  expect(style.nonce).toBe('n0nce')
  expect(style.nextElementSibling?.tagName).toBe('BUTTON')
  expect(getComputedStyle(element).color).toBe('rgb(1, 2, 3)')
  element.label = 'again'
  await element.updateComplete
  expect(element.shadowRoot?.querySelectorAll('style')).toHaveLength(1)
})

test('properties set before the element is defined count, and stay reactive', async () => {
  const element = document.createElement('late-element') as TestElement
  Object.assign(element, { label: 'early', count: 5 })
  customElements.define('late-element', class extends TestElement {})
  customElements.upgrade(element)
  document.body.append(element)
  await element.updateComplete
  expect([element.label, element.count]).toEqual(['early', 5])
  expect(element.shadowRoot?.querySelector('button')?.dataset.count).toBe('5')
  element.count = 6
  await element.updateComplete
  expect(element.shadowRoot?.querySelector('button')?.dataset.count).toBe('6')
})
