package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveMarkupCharactersAndNothingElse() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; é \u201c",
                Html.esc("<script>alert('x')</script> & \"q\" é \u201c"));
        String plain = "nothing to escape";
        assertSame(plain, Html.esc(plain));
        assertEquals("", Html.esc(null));
    }

    @Test
    void escapesAttributeValuesAndOmitsNullOnes() {
        String html = new Html().open("a", "href", "/x?a=1&b=\"2\"", "title", null, "class", "c").text("<b>").close("a").toString();
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;2&quot;\" class=\"c\">&lt;b&gt;</a>", html);
    }

    @Test
    void writesBooleanAttributesBare() {
        assertEquals("<input type=\"checkbox\" checked><div hidden></div>",
                new Html().empty("input", "type", "checkbox", "checked", "").open("div", "hidden", "").close("div").toString());
    }

    @Test
    void encodesUrlComponents() {
        assertEquals("a%20b%2Fc%3F%26%23", Html.url("a b/c?&#"));
    }
}
