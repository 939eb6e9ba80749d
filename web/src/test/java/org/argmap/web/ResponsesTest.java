package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsesTest {

    @Test
    void matchesAnEntityTagInAListWeaklyOrAStar() {
        assertTrue(Responses.matches(List.of("\"abc\""), "\"abc\""));
        assertTrue(Responses.matches(List.of("\"x\", W/\"abc\""), "\"abc\""));
        assertTrue(Responses.matches(List.of("\"x\"", "\"abc\""), "\"abc\""));
        assertTrue(Responses.matches(List.of("*"), "\"abc\""));
        assertFalse(Responses.matches(List.of("\"abcd\""), "\"abc\""));
        assertFalse(Responses.matches(List.of("abc"), "\"abc\""));
        assertFalse(Responses.matches(List.of(), "\"abc\""));
    }
}
