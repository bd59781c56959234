"""graphlib: topological sorting of a graph of hashable nodes, all at once (static_order) or in rounds of
nodes that are ready together (prepare, get_ready, done), e.g. to run independent tasks in parallel."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_PASSED_OUT = -1     # a node's predecessor count once get_ready() returned it
_DONE = -2           # ... and once done() was called for it


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is one cycle as a list of nodes whose first
    and last items are the same node, each node a predecessor of the next."""


class _Node:
    __slots__ = ('waiting_for', 'successors')

    def __init__(self):
        self.waiting_for = 0     # predecessors not yet done, or _PASSED_OUT / _DONE
        self.successors = []


class TopologicalSorter:
    """Sorts a graph given as a mapping from nodes to iterables of their predecessors, or built with add()."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None        # the nodes ready to be handed out; None until prepare()
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _node(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node()
        return info

    def add(self, node, *predecessors):
        """Adds node, and edges to it from each of predecessors (which are added as nodes too)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._node(node).waiting_for += len(predecessors)
        for p in predecessors:
            self._node(p).successors.append(node)

    def prepare(self):
        """Ends the graph's construction and checks it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, info in self._nodes.items() if info.waiting_for == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done and that were not returned before."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].waiting_for = _PASSED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether more work remains: nodes ready, or handed out by get_ready() and not yet done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes returned by get_ready() as processed, which may make their successors ready."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting_for != _PASSED_OUT:
                if info.waiting_for >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_for = _DONE
            for successor in info.successors:
                s = self._nodes[successor]
                s.waiting_for -= 1
                if s.waiting_for == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _cycle(self):
        """One cycle of the graph (a depth-first search along the edges), or None."""
        visited = set()
        for root in self._nodes:
            if root in visited:
                continue
            visited.add(root)
            path = [root]
            on_path = {root: 0}
            pending = [iter(self._nodes[root].successors)]
            while pending:
                nxt = next(pending[-1], _END)
                if nxt is _END:
                    pending.pop()
                    del on_path[path.pop()]
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                pending.append(iter(self._nodes[nxt].successors))
        return None

    def static_order(self):
        """An iterator over the nodes in a topological order (prepare() is called at the first next())."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
