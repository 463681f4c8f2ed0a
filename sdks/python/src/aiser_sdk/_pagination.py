"""Auto-paging iterators over the API's `page`/`limit` lists."""

from __future__ import annotations

from typing import Any, AsyncIterator, Awaitable, Callable, Generic, Iterator, TypeVar

from ._models import Page

T = TypeVar("T")


class SyncPager(Generic[T]):
    """Iterating yields every item of every page, fetching pages as needed (lazily)."""

    def __init__(self, fetch: Callable[[int], Page[T]], first: int = 1) -> None:
        self._fetch = fetch
        self._first = first

    def first_page(self) -> Page[T]:
        """Only the first page (one request)."""
        return self._fetch(self._first)

    def pages(self) -> Iterator[Page[T]]:
        """Every page in turn."""
        number = self._first
        while True:
            page = self._fetch(number)
            yield page
            if not page.items or number >= page.pagination.pages:
                return
            number += 1

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPager(Generic[T]):
    """`async for` yields every item of every page, fetching pages as needed (lazily)."""

    def __init__(self, fetch: Callable[[int], Awaitable[Page[T]]], first: int = 1) -> None:
        self._fetch = fetch
        self._first = first

    async def first_page(self) -> Page[T]:
        """Only the first page (one request)."""
        return await self._fetch(self._first)

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page in turn."""
        number = self._first
        while True:
            page = await self._fetch(number)
            yield page
            if not page.items or number >= page.pagination.pages:
                return
            number += 1

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item


def page_cast(model: Any, key: str) -> Callable[[Any], Page[Any]]:
    """Turns a list answer (`{key: [...], pagination: {...}}`) into a `Page` of `model`."""
    from ._models import Pagination

    def cast(data: Any) -> Page[Any]:
        return Page(items=[model.from_dict(x) for x in data[key]], pagination=Pagination.from_dict(data["pagination"]))

    return cast
