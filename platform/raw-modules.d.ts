/** Vite's `?raw` imports: a file's content as a string (the build inlines it as one literal). */
declare module '*?raw' {
  const text: string;
  export default text;
}
