# from __future__ import annotations: the module exists, annotations stay strings (forward references work),
# typing.get_type_hints evaluates them.
from __future__ import annotations

import __future__
from dataclasses import dataclass
from typing import Optional, get_type_hints


class Node:
    def __init__(self, value: int, next: Optional[Node] = None) -> None:
        self.value = value
        self.next = next

    def push(self, value: int) -> Node:
        return Node(value, self)


@dataclass
class Tree:
    left: Optional[Tree]
    right: Optional[Tree]
    label: str = "leaf"


n = Node(1).push(2).push(3)
print(n.value, n.next.value, n.next.next.value)
print(Node.push.__annotations__)
print(Node.__init__.__annotations__)
print(get_type_hints(Node.push))
print(get_type_hints(Node.__init__))
print(Tree(None, Tree(None, None)), Tree.__annotations__)
print(get_type_hints(Tree))
print(__future__.annotations, __future__.annotations.getMandatoryRelease(), __future__.division.compiler_flag)
print("annotations" in __future__.all_feature_names)
