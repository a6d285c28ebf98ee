// Vite's client types: lets TypeScript accept the bundled CSS and asset imports.
/// <reference types="vite/client" />
