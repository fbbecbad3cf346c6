/**
 * Tells Vue's template compiler that `<streamspace-*>` tags are custom elements,
 * not Vue components. Pass it to @vitejs/plugin-vue:
 * `vue({ template: { compilerOptions: { isCustomElement } } })`.
 */
export const isCustomElement = (tag: string): boolean => tag.startsWith('streamspace-');
