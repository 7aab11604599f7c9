// CSS imports are Vite's business; under Jest they are empty modules.
export default {};
