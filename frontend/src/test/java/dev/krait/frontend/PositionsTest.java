package dev.krait.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.frontend.ast.Expr;
import dev.krait.frontend.ast.Module;
import dev.krait.frontend.ast.Node;
import dev.krait.frontend.ast.Pattern;
import dev.krait.frontend.ast.Pos;
import dev.krait.frontend.ast.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statement, expression and pattern node has the position CPython's ast gives it. The expected lists were
 * recorded from CPython 3.11 ({@code ast.walk}: type@line:col-endline:endcol, sorted).
 */
class PositionsTest {
    static Arguments row(String src, String nodes) {
        return Arguments.of(src, nodes);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            row("x = 1 + 2 * y", "Assign@1:0-1:13 BinOp@1:4-1:13 BinOp@1:8-1:13 Constant@1:4-1:5 Constant@1:8-1:9 Name@1:0-1:1 Name@1:12-1:13"),
            row("def f(a, b=2, *c, d, **e):\n    return a.b[c](d, *e, k=1)", "Attribute@2:11-2:14 Call@2:11-2:29 Constant@1:11-1:12 Constant@2:27-2:28 FunctionDef@1:0-2:29 Name@2:11-2:12 Name@2:15-2:16 Name@2:18-2:19 Name@2:22-2:23 Return@2:4-2:29 Starred@2:21-2:23 Subscript@2:11-2:17"),
            row("class C(B, metaclass=M):\n    x: int = 5\n    def m(self): pass", "AnnAssign@2:4-2:14 ClassDef@1:0-3:21 Constant@2:13-2:14 FunctionDef@3:4-3:21 Name@1:21-1:22 Name@1:8-1:9 Name@2:4-2:5 Name@2:7-2:10 Pass@3:17-3:21"),
            row("for i, j in zip(a, b):\n    if i < j <= 3:\n        break\n    elif not i:\n        continue\nelse:\n    pass", "Break@3:8-3:13 Call@1:12-1:21 Compare@2:7-2:17 Constant@2:16-2:17 Continue@5:8-5:16 For@1:0-7:8 If@2:4-5:16 If@4:4-5:16 Name@1:12-1:15 Name@1:16-1:17 Name@1:19-1:20 Name@1:4-1:5 Name@1:7-1:8 Name@2:11-2:12 Name@2:7-2:8 Name@4:13-4:14 Pass@7:4-7:8 Tuple@1:4-1:8 UnaryOp@4:9-4:14"),
            row("while x:\n    x -= 1", "AugAssign@2:4-2:10 Constant@2:9-2:10 Name@1:6-1:7 Name@2:4-2:5 While@1:0-2:10"),
            row("try:\n    a()\nexcept (E1, E2) as e:\n    raise X from e\nelse:\n    b = c if d else e\nfinally:\n    del z", "Assign@6:4-6:21 Call@2:4-2:7 Delete@8:4-8:9 ExprStmt@2:4-2:7 IfExp@6:8-6:21 Name@2:4-2:5 Name@3:12-3:14 Name@3:8-3:10 Name@4:10-4:11 Name@4:17-4:18 Name@6:13-6:14 Name@6:20-6:21 Name@6:4-6:5 Name@6:8-6:9 Name@8:8-8:9 Raise@4:4-4:18 Try@1:0-8:9 Tuple@3:7-3:15"),
            row("with open(p) as f, g:\n    data = [v for v in f if v]", "Assign@2:4-2:30 Call@1:5-1:12 ListComp@2:11-2:30 Name@1:10-1:11 Name@1:16-1:17 Name@1:19-1:20 Name@1:5-1:9 Name@2:12-2:13 Name@2:18-2:19 Name@2:23-2:24 Name@2:28-2:29 Name@2:4-2:8 With@1:0-2:30"),
            row("lambda x, y=1: x or y and not z", "BoolOp@1:15-1:31 BoolOp@1:20-1:31 Constant@1:12-1:13 ExprStmt@1:0-1:31 Lambda@1:0-1:31 Name@1:15-1:16 Name@1:20-1:21 Name@1:30-1:31 UnaryOp@1:26-1:31"),
            row("import a.b as c\nfrom .m import (n, o as p)", "Import@1:0-1:15 ImportFrom@2:0-2:26"),
            row("s = {1, 2}; d = {'k': [1, (2, 3)], **m}; t = ()", "Assign@1:0-1:10 Assign@1:12-1:39 Assign@1:41-1:47 Constant@1:17-1:20 Constant@1:23-1:24 Constant@1:27-1:28 Constant@1:30-1:31 Constant@1:5-1:6 Constant@1:8-1:9 Dict@1:16-1:39 List_@1:22-1:33 Name@1:0-1:1 Name@1:12-1:13 Name@1:37-1:38 Name@1:41-1:42 Set@1:4-1:10 Tuple@1:26-1:32 Tuple@1:45-1:47"),
            row("y = a[1:2, ::3]; z = -x ** 2; w = ~a >> 2", "Assign@1:0-1:15 Assign@1:17-1:28 Assign@1:30-1:41 BinOp@1:22-1:28 BinOp@1:34-1:41 Constant@1:13-1:14 Constant@1:27-1:28 Constant@1:40-1:41 Constant@1:6-1:7 Constant@1:8-1:9 Name@1:0-1:1 Name@1:17-1:18 Name@1:22-1:23 Name@1:30-1:31 Name@1:35-1:36 Name@1:4-1:5 Slice@1:11-1:14 Slice@1:6-1:9 Subscript@1:4-1:15 Tuple@1:6-1:14 UnaryOp@1:21-1:28 UnaryOp@1:34-1:36"),
            row("async def f():\n    await g()\n    async for x in y:\n        pass\n    async with h as i:\n        pass", "AsyncFor@3:4-4:12 AsyncFunctionDef@1:0-6:12 AsyncWith@5:4-6:12 Await@2:4-2:13 Call@2:10-2:13 ExprStmt@2:4-2:13 Name@2:10-2:11 Name@3:14-3:15 Name@3:19-3:20 Name@5:15-5:16 Name@5:20-5:21 Pass@4:8-4:12 Pass@6:8-6:12"),
            row("match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case str() as s if s:\n        pass", "Constant@2:10-2:11 Constant@4:10-4:13 Constant@6:17-6:18 Match@1:0-9:12 MatchAs@4:15-4:16 MatchAs@6:22-6:23 MatchAs@8:9-8:19 MatchClass@6:9-6:24 MatchClass@8:9-8:14 MatchMapping@4:9-4:23 MatchOr@6:9-6:31 MatchSequence@2:9-2:19 MatchSingleton@6:27-6:31 MatchStar@2:13-2:18 MatchValue@2:10-2:11 MatchValue@6:17-6:18 Name@1:6-1:7 Name@6:9-6:14 Name@8:23-8:24 Name@8:9-8:12 Pass@3:8-3:12 Pass@5:8-5:12 Pass@7:8-7:12 Pass@9:8-9:12"),
            row("global a, b\nassert x, 'msg'\nx = yield\ny = (yield from z)", "Assert@2:0-2:15 Assign@3:0-3:9 Assign@4:0-4:18 Constant@2:10-2:15 Global@1:0-1:11 Name@2:7-2:8 Name@3:0-3:1 Name@4:0-4:1 Name@4:16-4:17 Yield@3:4-3:9 YieldFrom@4:5-4:17"),
            row("print(n := 10, *args, **kw)", "Call@1:0-1:27 Constant@1:11-1:13 ExprStmt@1:0-1:27 Name@1:0-1:5 Name@1:16-1:20 Name@1:24-1:26 Name@1:6-1:7 NamedExpr@1:6-1:13 Starred@1:15-1:20"),
            row("result = [[j for j in range(i)] for i in range(3)]\ngen = (x*x for x in data)\nds = {k: v for k, v in items}", "Assign@1:0-1:50 Assign@2:0-2:25 Assign@3:0-3:29 BinOp@2:7-2:10 Call@1:22-1:30 Call@1:41-1:49 Constant@1:47-1:48 DictComp@3:5-3:29 GeneratorExp@2:6-2:25 ListComp@1:10-1:31 ListComp@1:9-1:50 Name@1:0-1:6 Name@1:11-1:12 Name@1:17-1:18 Name@1:22-1:27 Name@1:28-1:29 Name@1:36-1:37 Name@1:41-1:46 Name@2:0-2:3 Name@2:15-2:16 Name@2:20-2:24 Name@2:7-2:8 Name@2:9-2:10 Name@3:0-3:2 Name@3:15-3:16 Name@3:18-3:19 Name@3:23-3:28 Name@3:6-3:7 Name@3:9-3:10 Tuple@3:15-3:19"),
            row("a = b = c\nx, *y = z\n[p, q] = r\nobj.attr = 1\nd['k'] += 2", "Assign@1:0-1:9 Assign@2:0-2:9 Assign@3:0-3:10 Assign@4:0-4:12 Attribute@4:0-4:8 AugAssign@5:0-5:11 Constant@4:11-4:12 Constant@5:10-5:11 Constant@5:2-5:5 List_@3:0-3:6 Name@1:0-1:1 Name@1:4-1:5 Name@1:8-1:9 Name@2:0-2:1 Name@2:4-2:5 Name@2:8-2:9 Name@3:1-3:2 Name@3:4-3:5 Name@3:9-3:10 Name@4:0-4:3 Name@5:0-5:1 Starred@2:3-2:5 Subscript@5:0-5:6 Tuple@2:0-2:5"),
            row("@dec\n@dec2(1)\ndef g(x, /, y):\n    '''doc'''\n    return", "Call@2:1-2:8 Constant@2:6-2:7 Constant@4:4-4:13 ExprStmt@4:4-4:13 FunctionDef@3:0-5:10 Name@1:1-1:4 Name@2:1-2:5 Return@5:4-5:10"),
            row("if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass", "If@1:0-6:8 If@3:0-6:8 If@5:0-6:8 Name@1:3-1:4 Name@3:5-3:6 Name@5:5-5:6 Pass@2:4-2:8 Pass@4:4-4:8 Pass@6:4-6:8"),
            row("x = 'a' 'b' \"c\"\ny = b'x'\nz = 1.5e3 + 2j + 0x1F", "Assign@1:0-1:15 Assign@2:0-2:8 Assign@3:0-3:21 BinOp@3:4-3:14 BinOp@3:4-3:21 Constant@1:4-1:15 Constant@2:4-2:8 Constant@3:12-3:14 Constant@3:17-3:21 Constant@3:4-3:9 Name@1:0-1:1 Name@2:0-2:1 Name@3:0-3:1")
        );
    }

    @ParameterizedTest
    @MethodSource("cases")
    void positionsMatchCPython(String src, String expected) {
        Module m = Frontend.parse(src, "t.py");
        List<String> found = new ArrayList<>();
        for (Stmt s : m.body()) collect(s, found);
        found.sort(null);
        assertEquals(expected, String.join(" ", found));
    }

    private static void collect(Object o, List<String> out) {
        if (o instanceof List<?> l) {
            for (Object x : l) collect(x, out);
            return;
        }
        if (!(o instanceof Record r)) return;
        if (o instanceof Expr.FormattedValue) return;
        if (o instanceof Stmt || o instanceof Expr || o instanceof Pattern) {
            Pos p = ((Node) o).pos();
            String name = o.getClass().getSimpleName();
            boolean async = o instanceof Stmt.For f && f.isAsync() || o instanceof Stmt.With w && w.isAsync()
                    || o instanceof Stmt.FunctionDef d && d.isAsync();
            if (async) name = "Async" + name;
            out.add(name + "@" + p.line() + ":" + p.col() + "-" + p.endLine() + ":" + p.endCol());
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                collect(c.getAccessor().invoke(r), out);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
