/**
 * Defines a custom element unless the name is taken: loading the script twice on one page
 * (a drop-in `<script>` plus a bundle, two micro-frontends) must not throw.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}
