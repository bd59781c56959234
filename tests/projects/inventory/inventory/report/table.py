from ..stock import Item


def render(items: list[Item]) -> str:
    width = max(len(i.name) for i in items)
    lines = [f"{'name':<{width}} | {'price':>8} | {'count':>5}"]
    lines.append("-" * len(lines[0]))
    for i in sorted(items, key=lambda i: (-i.value(), i.name)):
        lines.append(f"{i.name:<{width}} | {i.price:>8.2f} | {i.count:>5}")
    return "\n".join(lines)
