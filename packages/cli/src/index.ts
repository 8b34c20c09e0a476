export { run } from "./main.js";
export { readArticle, InputError, MAX_ARTICLE_BYTES } from "./io.js";
