import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { router } from "./lib/router.svelte";
import { routes } from "./routes";

const target = document.getElementById("app");
if (!target) throw new Error("#app is missing from index.html");
router.start(routes);
export default mount(App, { target });
