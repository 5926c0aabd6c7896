package grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import toolkit.Todo;

/** One solution file in, its stub out: markers become Todo lines, and every other byte is kept. */
class StubMakerTest {

    private static String stub(String solution) {
        StubMaker.Result r = StubMaker.make("demo/Work.java", solution);
        assertThat(r.problems()).as("problems making the stub").isEmpty();
        return r.stub();
    }

    private static List<String> problems(String solution) {
        StubMaker.Result r = StubMaker.make("demo/Work.java", solution);
        assertThat(r.stub()).as("no stub when there are problems").isNull();
        return r.problems();
    }

    @Test
    void aMarkerBecomesTheTodoLineAtItsIndentationAndTheImportIsAdded() {
        String solution = """
                package demo;

                /** Doc comments and everything outside the marked bodies stay as they are. */
                final class Work {
                    static int twice(int x) {
                        // Exercise 7.1: return 2 * x
                        int y = x + x;
                        return y;
                    }
                }
                """;
        assertThat(stub(solution)).isEqualTo("""
                package demo;

                import toolkit.Todo;

                /** Doc comments and everything outside the marked bodies stay as they are. */
                final class Work {
                    static int twice(int x) {
                        throw Todo.exercise("7.1", "return 2 * x");
                    }
                }
                """);
    }

    @Test
    void theKoreanTaskOnTheLineAfterTheMarkerGoesIntoTheTodoLine() {
        String solution = """
                package demo;

                final class Work {
                    static int twice(int x) {
                        // Exercise 7.1: return 2 * x
                        // 연습 7.1: 2 * x를 반환하세요
                        return x + x;
                    }
                }
                """;
        assertThat(stub(solution)).contains("        throw Todo.exercise(\"7.1\", \"return 2 * x\", \"2 * x를 반환하세요\");\n    }");
        StubMaker.Result wrongId = StubMaker.make("Work.java", solution.replace("// 연습 7.1", "// 연습 7.2"));
        assertThat(wrongId.problems()).singleElement().asString().contains("Work.java:6", "names exercise 7.2", "marker of 7.1");
    }

    @Test
    void theTodoImportTakesItsAlphabeticalPlace() {
        String solution = """
                package demo;

                import java.util.List;
                import toolkit.Matrix;
                import zoo.Zebra;

                final class Work {
                    static int one() {
                        // Exercise 7.1: return 1
                        return 1;
                    }
                }
                """;
        assertThat(stub(solution)).startsWith("""
                package demo;

                import java.util.List;
                import toolkit.Matrix;
                import toolkit.Todo;
                import zoo.Zebra;

                final class Work {
                """);
        String last = solution.replace("import zoo.Zebra;\n", "");
        assertThat(stub(last)).contains("import toolkit.Matrix;\nimport toolkit.Todo;\n\nfinal class Work {");
        String already = solution.replace("import zoo.Zebra;", "import toolkit.Todo;");
        assertThat(stub(already)).containsOnlyOnce("import toolkit.Todo;");
    }

    @Test
    void bracesInStringsCharactersCommentsTextBlocksLambdasAndInnerClassesDoNotCount() {
        String solution = """
                package demo;

                import java.util.List;

                final class Work {
                    static int braces() {
                        // Exercise 7.1: count what is not a brace
                        String s = "}}{";
                        char c = '}';
                        char quote = '\\'';
                        // } a closing brace in a comment
                        /* } and { */
                        String block = \"""
                                }
                                \""";
                        Runnable r = () -> {
                            System.out.println("}");
                        };
                        Object o = new Object() {
                            @Override
                            public String toString() {
                                return "}";
                            }
                        };
                        return s.length() + c + quote + block.length() + o.hashCode() + List.of(r).size();
                    }

                    static final class Inner {
                        int twice(int x) {
                            // Exercise 7.2: return 2 * x, in a nested class
                            return 2 * x;
                        }
                    }

                    static int after() {
                        return '{';
                    }
                }
                """;
        assertThat(stub(solution)).isEqualTo("""
                package demo;

                import java.util.List;
                import toolkit.Todo;

                final class Work {
                    static int braces() {
                        throw Todo.exercise("7.1", "count what is not a brace");
                    }

                    static final class Inner {
                        int twice(int x) {
                            throw Todo.exercise("7.2", "return 2 * x, in a nested class");
                        }
                    }

                    static int after() {
                        return '{';
                    }
                }
                """);
    }

    @Test
    void theTaskIsEscapedAsAJavaStringAndReachesTheStudentUnchanged(@TempDir Path dir) throws Exception {
        assertThat(StubMaker.javaString("a \"b\" c:\\d\te")).isEqualTo("\"a \\\"b\\\" c:\\\\d\\te\"");
        String task = "say \"hi\" to C:\\temp\\new, then θ <- θ - η·∂L/∂θ";
        String stub = stub("""
                package demo;

                public final class Work {
                    public static String say() {
                        // Exercise 7.3: %s
                        return "hi";
                    }
                }
                """.formatted(task));
        assertThat(stub).contains("throw Todo.exercise(\"7.3\", \"say \\\"hi\\\" to C:\\\\temp\\\\new, then θ");
        assertThat(thrownTask(dir, stub)).isEqualTo(task);
    }

    /** Compiles the stub, calls Work.say() and returns the task of the Todo it throws. */
    private static String thrownTask(Path dir, String stub) throws Exception {
        Path source = dir.resolve("demo/Work.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, stub, StandardCharsets.UTF_8);
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-encoding", "UTF-8",
                "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
        assertThat(code).as("javac on the generated stub").isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, Todo.class.getClassLoader())) {
            loader.loadClass("demo.Work").getMethod("say").invoke(null);
        } catch (InvocationTargetException e) {
            return ((Todo) e.getCause()).task();
        }
        throw new AssertionError("the stub returned instead of throwing Todo");
    }

    @Test
    void aFileWithCarriageReturnsGetsACarriageReturnStub() {
        String solution = "package demo;\r\n\r\nfinal class Work {\r\n    int one() {\r\n"
                + "        // Exercise 7.1: one\r\n        return 1;\r\n    }\r\n}\r\n";
        assertThat(stub(solution)).isEqualTo("package demo;\r\n\r\nimport toolkit.Todo;\r\n\r\nfinal class Work {\r\n"
                + "    int one() {\r\n        throw Todo.exercise(\"7.1\", \"one\");\r\n    }\r\n}\r\n");
    }

    @Test
    void aFileWithoutMarkersIsCopiedAsItIs() {
        String solution = "package demo;\n\nfinal class Work {\n    int one() {\n        return 1;\n    }\n}\n";
        StubMaker.Result r = StubMaker.make("demo/Work.java", solution);
        assertThat(r.stub()).isEqualTo(solution);
        assertThat(r.markers()).isEmpty();
    }

    private static String oneMethod(String body) {
        return "package demo;\n\nfinal class Work {\n    int one() {\n" + body + "    }\n}\n";
    }

    @Test
    void aMalformedIdOrAMarkerWithoutItsTaskIsAnError() {
        assertThat(problems(oneMethod("        // Exercise 7.x: one\n        return 1;\n"))).containsExactly(
                "demo/Work.java:5: malformed exercise id \"7.x\" in the marker: an id is the chapter's number, a dot"
                        + " and the exercise's number, such as 1.1");
        assertThat(problems(oneMethod("        // Exercise 7.1 return one\n        return 1;\n"))).containsExactly(
                "demo/Work.java:5: a marker reads \"// Exercise N.k: what to write\","
                        + " not \"// Exercise 7.1 return one\"");
        assertThat(problems(oneMethod("        //exercise 7.1: one\n        return 1;\n"))).singleElement()
                .asString().startsWith("demo/Work.java:5: a marker reads");
        assertThat(problems(oneMethod("        // Exercise 7.1:\n        return 1;\n"))).singleElement()
                .asString().startsWith("demo/Work.java:5: a marker reads");
    }

    @Test
    void aMarkerThatIsNotTheFirstLineOfAMethodBodyIsAnError() {
        String notFirst = "demo/Work.java:6: the marker for exercise 7.1 is not the first line of a method body: put it"
                + " on the line right after the method's opening brace";
        assertThat(problems(oneMethod("        int x = 1;\n        // Exercise 7.1: one\n        return x;\n")))
                .containsExactly(notFirst);
        assertThat(problems(oneMethod("        for (int i = 0; i < 1; i++) {\n        // Exercise 7.1: one\n        }\n"
                + "        return 1;\n"))).containsExactly(notFirst);
        assertThat(problems(oneMethod("        Runnable r = () -> {\n            // Exercise 7.1: one\n        };\n"
                + "        return 1;\n"))).containsExactly(notFirst);
        assertThat(problems("package demo;\n\nfinal class Work {\n    // Exercise 7.1: a field\n    int one = 1;\n}\n"))
                .singleElement().asString().startsWith("demo/Work.java:4: the marker for exercise 7.1 is not");
    }

    @Test
    void aBodyThatCannotBeCutCleanlyIsAnError() {
        String braceAfterCode = """
                        // Exercise 7.1: one
                        return 1; }
                    int two() {
                        return 2;
                """;
        assertThat(problems(oneMethod(braceAfterCode))).containsExactly("demo/Work.java:6: the closing brace of one()"
                + " (exercise 7.1) must begin its own line, so that the stub can keep it");
        String markedInsideMarked = """
                        // Exercise 7.1: one
                        return new Object() {
                            public int hashCode() {
                                // Exercise 7.2: inner
                                return 2;
                            }
                        }.hashCode();
                """;
        assertThat(problems(oneMethod(markedInsideMarked))).containsExactly("demo/Work.java:8: the marker for"
                + " exercise 7.2 is inside the body of exercise 7.1, which the stub replaces: mark one of them");
        String missingSemicolon = """
                        // Exercise 7.1: one
                        return 1
                """;
        assertThat(problems(oneMethod(missingSemicolon))).singleElement().asString()
                .startsWith("demo/Work.java:6: does not parse: ");
    }
}
