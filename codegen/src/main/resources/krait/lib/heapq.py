"""Krait's heapq: a binary min-heap kept in a list (heap[k] <= heap[2k+1] and heap[2k+2])."""


def _bubble_up(heap, top, pos):
    """Moves heap[pos] up towards top while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _fill_hole(heap, pos):
    """Bottom-up deletion (the order CPython keeps among equal items): the smaller child climbs into the hole
    down to a leaf, then the displaced item bubbles up from there."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item):
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _fill_hole(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    top = heap[0]
    heap[0] = item
    _fill_hole(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _fill_hole(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _fill_hole(x, i)



# The runtime's versions of the five core operations (same algorithms, as CPython's C accelerator is).
from _heapq import heappush, heappop, heapreplace, heappushpop, heapify

def nsmallest(n, iterable, key=None):
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    items = []
    for it in iterables:
        items.extend(it)
    return iter(sorted(items, key=key, reverse=reverse))
