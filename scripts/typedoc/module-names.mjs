// A TypeDoc plugin: names the documented modules as users import them ("osmium-chat",
// "osmium-chat/testing") rather than by their source folders ("src", "src/testing").
import { Converter } from "typedoc";

const NAMES = { src: "osmium-chat", "src/testing": "osmium-chat/testing", "src/bot": "osmium-chat/bot" };

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const name = NAMES[module.name];
      if (name) module.name = name;
    }
  });
}
