// LitElement's shape on a smaller reactive base, rendering with Lit's own template engine
// (lit-html): `@property` / `@state` decorators (TypeScript experimental decorators), attributes →
// properties, batched updates (willUpdate → update → updated; changes made in willUpdate join the
// update under way; which properties changed is not tracked, nothing here needs it) awaited through
// `updateComplete`, `render()` returning a lit-html template that `update()` renders into an open
// shadow root, and static styles adopted there (a <style> carrying `window.litNonce` where
// constructable style sheets are missing, as LitElement does). Not LitElement itself:
// @lit/reactive-element alone is ~2.9 KB gzip of the 8 KB budget; this is ~0.4 KB (README, "Build
// and size").
import { nothing, render } from 'lit/html.js'

declare global {
  interface Window {
    /** CSP nonce for the <style> fallback, read where Lit reads it. */
    litNonce?: string
  }
}

export interface PropertyOptions {
  /** The attribute's name; default: the property's name in lower case. */
  attribute?: string
  /** How the attribute's text converts: Boolean (present or not), Number, or String (default). */
  type?: typeof Boolean | typeof Number | typeof String
}

type Declaration = [name: string, type: PropertyOptions['type']]

export class BaseElement extends HTMLElement {
  /** The element's CSS, adopted by every instance's shadow root. */
  static styles = ''

  /** @internal `@property` declarations by attribute name. */
  static declarations: Record<string, Declaration> = {}

  static get observedAttributes(): string[] {
    return Object.keys(this.declarations)
  }

  /** @internal Reactive properties' values. */
  values: Record<string, unknown> = {}

  // The update scheduled and not run yet, if any.
  #pending?: Promise<void>

  // Properties a page set before the element was defined (created, then the script loaded): own
  // data properties that would hide the accessors and lose to the field defaults. Applied on
  // connecting, as LitElement does.
  #early?: [string, unknown][]

  readonly renderRoot: ShadowRoot = this.attachShadow({ mode: 'open' })

  constructor() {
    super()
    const own = this as unknown as Record<string, unknown>
    this.#early = Object.values((this.constructor as typeof BaseElement).declarations)
      .filter(([name]) => Object.hasOwn(this, name))
      .map(([name]) => [name, own[name]])
    for (const [name] of this.#early) Reflect.deleteProperty(this, name)
    const css = (this.constructor as typeof BaseElement).styles
    try {
      const sheet = new CSSStyleSheet()
      sheet.replaceSync(css)
      this.renderRoot.adoptedStyleSheets = [sheet]
    } catch {
      // lit-html renders after it: the <style> stays first.
      const style = document.createElement('style')
      const nonce = window.litNonce
      if (nonce) style.setAttribute('nonce', nonce)
      style.textContent = css
      this.renderRoot.append(style)
    }
  }

  connectedCallback(): void {
    for (const [name, value] of this.#early ?? [])
      (this as unknown as Record<string, unknown>)[name] = value
    this.#early = undefined
    this.requestUpdate()
  }

  attributeChangedCallback(attribute: string, _old: string | null, text: string | null): void {
    const [name, type] = (this.constructor as typeof BaseElement).declarations[attribute] ?? []
    if (name)
      (this as unknown as Record<string, unknown>)[name] =
        type === Boolean
          ? text !== null
          : text === null
            ? undefined
            : type === Number
              ? +text
              : text
  }

  /** Schedules an update: at most one per microtask. */
  requestUpdate(): void {
    this.#pending ??= Promise.resolve().then(() => {
      if (!this.isConnected) return void (this.#pending = undefined) // connectedCallback asks again
      this.willUpdate() // changes made here join this update
      this.#pending = undefined
      this.update()
      this.updated()
    })
  }

  /** Resolves (to true) once no update is pending, updates requested meanwhile included. */
  get updateComplete(): Promise<boolean> {
    return this.#pending?.then(() => this.updateComplete) ?? Promise.resolve(true)
  }

  /** Before rendering: derive state from the properties. */
  protected willUpdate(): void {}

  /** Renders `render()`'s template into `renderRoot`; lit-html touches only what changed. */
  protected update(): void {
    render(this.render(), this.renderRoot, { host: this })
  }

  /** What to show: a lit-html template (or `nothing`). Values in it are text, never markup. */
  protected render(): unknown {
    return nothing
  }

  /** After rendering: side effects such as timers. */
  protected updated(): void {}
}

/** A reactive internal property: setting it to another value schedules an update. */
export const state =
  () =>
  (proto: BaseElement, name: string): void => {
    Object.defineProperty(proto, name, {
      get(this: BaseElement) {
        return this.values[name]
      },
      set(this: BaseElement, value: unknown) {
        if (Object.is(value, this.values[name])) return
        this.values[name] = value
        this.requestUpdate()
      },
    })
  }

/** A reactive public property, set from its attribute (see PropertyOptions) or directly. */
export const property =
  ({ attribute, type }: PropertyOptions = {}) =>
  (proto: BaseElement, name: string): void => {
    const ctor = proto.constructor as typeof BaseElement
    if (!Object.hasOwn(ctor, 'declarations')) ctor.declarations = { ...ctor.declarations }
    ctor.declarations[attribute ?? name.toLowerCase()] = [name, type]
    state()(proto, name)
  }
