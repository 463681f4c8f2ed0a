// Auto-paging over the API's page/limit lists.

/**
 * A lazy list: `for await (const item of pager)` yields every item of every page, fetching a
 * page at a time; `firstPage()` makes one request; `pages()` yields `{ items, pagination }`.
 */
export class Pager {
  #fetch;
  #first;

  constructor(fetchPage, first = 1) {
    this.#fetch = fetchPage;
    this.#first = first;
  }

  /** Only the first page. */
  firstPage() {
    return this.#fetch(this.#first);
  }

  /** Every page in turn. */
  async *pages() {
    for (let n = this.#first; ; n += 1) {
      const page = await this.#fetch(n);
      yield page;
      if (page.items.length === 0 || n >= page.pagination.pages) return;
    }
  }

  async *[Symbol.asyncIterator]() {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Every item of every page, in one array. */
  async toArray() {
    const all = [];
    for await (const item of this) all.push(item);
    return all;
  }
}

/** A list answer `{ [key]: [...], pagination }` (already camelCased) as a page. */
export const pageOf = (key) => (data) => ({ items: data[key], pagination: data.pagination });
