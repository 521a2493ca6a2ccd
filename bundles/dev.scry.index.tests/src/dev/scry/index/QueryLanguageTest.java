package dev.scry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the query language reads what is typed, and what it says when it cannot. */
class QueryLanguageTest {
    @Test
    void wordsFieldsPhrasesNegationsAndOrAreRead() throws Exception {
        assertEquals(new QueryClause.And(List.of(new QueryClause.Word("sunset", 1), new QueryClause.Field("size", ">2MB", false, 13),
                new QueryClause.Phrase("red car", 18), new QueryClause.Not(new QueryClause.Field("tag", "x", false, 33), 28),
                new QueryClause.Or(List.of(new QueryClause.Field("format", "png", false, 42),
                        new QueryClause.Field("name", "big one", true, 54))))),
                QueryLanguage.clauses("sunset size:>2MB \"red car\" -tag:x format:png OR name:\"big one\""));
    }

    @Test
    void groupsAndValuesWithColons() throws Exception {
        assertEquals(new QueryClause.And(List.of(new QueryClause.Not(new QueryClause.And(List.of(new QueryClause.Word("a", 3),
                new QueryClause.Word("b", 5))), 1), new QueryClause.Field("taken", "2024-06-12T18:30", false, 14))),
                QueryLanguage.clauses("-(a b) taken:2024-06-12T18:30"));
        assertEquals(new QueryClause.And(List.of(new QueryClause.Word("12:30", 1), new QueryClause.Field("sort", "-size", false, 12))),
                QueryLanguage.clauses("12:30 sort:-size"), "a word that is no key stays a word; - after a colon is the value's");
    }

    @Test
    void wordsRankAndEverythingElseFilters() throws Exception {
        SearchQuery words = QueryLanguage.parse("sunset OR beach 上海");
        assertEquals("sunset beach 上海", words.words());
        assertFalse(words.filter().isPresent());
        assertEquals(ResultOrder.SIMILARITY, words.order());

        SearchQuery mixed = QueryLanguage.parse("\"red car\" format:png sort:-size");
        assertEquals("red car", mixed.words(), "a phrase ranks by its words and must be found as written");
        assertTrue(mixed.filter().isPresent());
        assertEquals(new ResultOrder(ResultOrder.Key.SIZE, true), mixed.order());

        SearchQuery filterOnly = QueryLanguage.parse("width:>=1920 sort:taken");
        assertFalse(filterOnly.hasWords());
        assertEquals(new ResultOrder(ResultOrder.Key.TAKEN, false), filterOnly.order());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"unclosed                  | 1  | expected a closing quote \" for the one at column 1",
            "cat (dog OR bird            | 5  | expected a closing parenthesis ) for the one at column 5",
            "cat)                        | 4  | expected a word, a field or ( before )",
            "size: big                   | 6  | expected a value after size:",
            "cat OR                      | 5  | expected a word, a field, a \"phrase\" or ( after OR",
            "OR cat                      | 1  | expected a word, a field, a \"phrase\" or ( before OR",
            "cat - dog                   | 5  | expected a word, a field, a \"phrase\" or ( after -",
            "size:>2XB                   | 6  | \"2XB\" is not a size: expected a number with an optional unit, e.g. 5MB, 1.5GiB, 200k",
            "a taken:yesterday           | 9  | \"yesterday\" is not a date: expected 2024, 2024-06, 2024-06-12, 2024-06-12T18:30 or an age such as 36h, 7d, 2w, 3m, 1y",
            "format:docx                 | 8  | \"docx\" is not a picture format: expected one of jpeg, png, gif, bmp, webp, tiff",
            "sort:colour                 | 6  | \"colour\" is not an order: expected one of similarity, taken, added, modified, size, width, height, name, with - for descending",
            "cat -sort:size              | 5  | sort: cannot be negated or used with OR",
    })
    void aSyntaxErrorSaysWhereAndWhatWasExpected(String query, int column, String expected) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryLanguage.parse(query.strip()));
            assertEquals(column, e.column());
            assertEquals(expected, e.expected());
            assertEquals("column " + column + ": " + expected, e.getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aSyntaxErrorInChinese() {
        assertEquals("第 3 列：缺少与第 3 列配对的右括号 )", FailureMessage.in(Locale.SIMPLIFIED_CHINESE, () -> QueryLanguage.parse("猫 (狗")));
    }
}
