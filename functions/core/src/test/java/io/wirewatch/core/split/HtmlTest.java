package io.wirewatch.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A saved HTML page read as the text a browser shows: hand-written cases, each checked against the expected text. */
class HtmlTest {

    private static String text(String html) {
        return Html.textOf(html);
    }

    @Test
    void blocksStartLinesAndInlineMarkupStaysInTheSentence() {
        assertEquals("Kherson falls\n14:05\nThe mayor says Russian troops are in the city.\nHe urged residents to"
                        + " stay inside.",
                text("<html><body><h2>Kherson falls</h2><div><time datetime=\"2022-03-02T14:05Z\">14:05</time></div>"
                        + "<p>The <b>mayor</b> says <a href=\"/x\">Russian troops</a> are in the city.</p>\n   "
                        + "<p>He urged residents\n      to stay inside.</p></body></html>"));
    }

    @Test
    void whatTheBrowserDoesNotShowIsLeftOut() {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Live: 900 dead</title>"
                + "<style>p > a { color: red }</style>"
                + "<script>var state = {\"headline\": \"At least 900 killed\", \"html\": \"</div><p>\"};"
                + " if (a < b && c > d) {}</script></head><body>"
                + "<noscript><p>Please enable JavaScript</p></noscript>"
                + "<template><article><p>Breaking: 10,000 dead</p></article></template>"
                + "<div hidden><p>Breaking: 10,000 dead</p></div>"
                + "<div style=\"color: red; display: none\"><div><p>Breaking: 10,000 dead</p></div></div>"
                + "<span style='visibility:hidden'>hidden words</span>"
                + "<!-- <p>a commented-out post: 55 killed</p> -->"
                + "<svg viewBox=\"0 0 10 10\"><title>Share icon</title><path d=\"M0\"/></svg>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
                + "<div role=\"navigation\">Skip to content</div>"
                + "<video controls><source src=\"a.mp4\">Your browser does not support video.</video>"
                + "<select><option>English</option><option>Cymraeg</option></select>"
                + "<dialog><p>Sign in</p></dialog>"
                + "<p>At least 12 people were killed, officials said.</p></body></html>";
        assertEquals("At least 12 people were killed, officials said.", text(page));
    }

    @Test
    void entitiesAreDecodedOnceAsBrowsersDo() {
        assertEquals("Tom & Jerry \u2014 \u201cyes\u201d, it\u2019s \u00a31bn \u2013 caf\u00e9 &lt; &bogus; 5 < 6",
                text("<p>Tom &amp; Jerry&nbsp;&mdash; &#8220;yes&#x201D;, it&rsquo;s &pound;1bn &#150; caf&eacute;"
                        + " &amp;lt; &bogus; 5 < 6</p>"));
    }

    @Test
    void cellsOfOtherTablesArePartedByATab() {
        assertEquals("Route\tDeparts\nKyiv - Lviv\t07:40",
                text("<table><tr><th>Route</th><th>Departs</th></tr><tr><td>Kyiv - Lviv</td><td>07:40</td></tr>"
                        + "</table>"));
    }

    @Test
    void lineBreaksTablesAndPreformattedText() {
        // a table of casualties is read as its statements (Tables); other cells are parted by a tab
        assertEquals("Kyiv\nKharkiv\nregion\tkilled\tinjured\n12 killed, 40 injured in Donetsk.\n  a  b\nc",
                text("<div>Kyiv<br>Kharkiv</div><p></p><table><tr><th>region</th><th>killed</th><th>injured</th>"
                        + "</tr><tr><td>Donetsk</td><td>12</td><td>40</td></tr></table><pre>\n  a  b\nc</pre>"));
    }

    @Test
    void siblingsLaidOutApartAreLinesOfTheirOwn() {
        // Two elements with nothing between them, or only the markup's line break, are laid out apart by the site's
        // stylesheet (a post's relative and absolute times, a byline's name and role): lines of their own.
        assertEquals("29m ago\n16.36 GMT", text("<div><time>29m ago</time><time>16.36 GMT</time></div>"));
        assertEquals("Gideon Long\nSouth America correspondent",
                text("<div><span>Gideon Long</span>\n   <span>South America correspondent</span></div>"));
        // A space between them, or ending the first, is text running on: BBC's visually hidden "published at ".
        assertEquals("published at 17:02", text("<span><span class=\"hidden\">published at </span><time>17:02</time>"
                + "</span>"));
        assertEquals("Kyiv and Kharkiv", text("<p><a href=\"/k\">Kyiv</a> and <a href=\"/h\">Kharkiv</a></p>"));
        // Formatting runs on, even inside a word.
        assertEquals("Kyiv's 1st", text("<p><b>Kyiv</b><i>'s</i> 1<sup>st</sup></p>"));
    }

    @Test
    void anAgeIsReplacedByTheInstantItsMarkupKeeps() {
        // Al Jazeera shows "18 minutes ago" and keeps the instant in datetime: the instant is written, as a
        // stamp the layouts read. An age next to the page's own time, or in a list of links, stays as it is.
        assertEquals("14 May 2024 11:42 GMT\nUN warns of famine",
                text("<article><div><time datetime=\"2024-05-14T13:42:10+02:00\">18 minutes ago</time></div>"
                        + "<h2>UN warns of famine</h2></article>"));
        assertEquals("29m ago\n16.36 GMT", text("<div><time datetime=\"2024-01-15T16:36:02Z\">29m ago</time>"
                + "<time datetime=\"2024-01-15T16:36:02Z\">16.36 GMT</time></div>"));
        assertEquals("Key events\n29m ago\nThird death confirmed", text("<h3>Key events</h3><ul><li>"
                + "<a href=\"#b1\"><time datetime=\"2024-01-15T16:36:02Z\">29m ago</time><span>Third death confirmed"
                + "</span></a></li></ul>"));
        // A datetime without a zone says no instant; a shown time is the page's own.
        assertEquals("2 hours ago", text("<p><time datetime=\"2024-05-14T11:42\">2 hours ago</time></p>"));
        assertEquals("16:52", text("<p><time datetime=\"2024-06-03T15:52:04Z\">16:52</time></p>"));
    }

    @Test
    void crlfAndAttributesWithAngleBrackets() {
        assertEquals("One\nTwo", text("<html>\r\n<body>\r\n<p title=\"a > b\" data-x='<p>'>One</p>\r\n"
                + "<p>Two</p>\r\n</body>\r\n</html>\r\n"));
    }

    @Test
    void theUploadToolingsDateHeaderStaysInFront() {
        assertEquals("date 2022-03-02\nAt least 5 civilians were killed.",
                text(" date 2022-03-02\n<!doctype html><html><body><p>At least 5 civilians were killed.</p></body>"
                        + "</html>"));
    }

    @Test
    void whatIsHtmlAndWhatIsNot() {
        assertTrue(Html.isHtml("\ufeff  <!DOCTYPE html><html></html>", 0));
        assertTrue(Html.isHtml("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>", 0));
        assertTrue(Html.isHtml("<div class=\"post\"><p>A fragment of a page.</p></div>", 0));
        // A feed is read by the feed layout, not as a page; nor are text and a lone tag-like line.
        assertFalse(Html.isHtml("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>"
                + "&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>", 0));
        assertFalse(Html.isHtml("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry></entry></feed>", 0));
        assertFalse(Html.isHtml("Live: Kherson falls\n14:05\nThe mayor says <b>so</b>.", 0));
        assertFalse(Html.isHtml("<Breaking> 14:05 The mayor says so.", 0));
        String plain = "KYIV - At least 5 civilians were killed.";
        assertSame(plain, Html.textOf(plain));
    }

    @Test
    void aPageThatNeverClosesItsTagsStillReadsToTheEnd() {
        assertEquals("First post\nSecond post\n12 killed",
                text("<html><head><title>x</title><meta charset=utf-8><body><p>First post<p>Second post<li>12 killed"));
        // A script left open runs to the end, as in a browser: nothing after it shows.
        assertEquals("Before", text("<html><body><p>Before<script>var a = '<p>After</p>';"));
    }

    @Test
    void aPageSavedAsASingleFileIsReadFromItsHtmlPart() {
        // Chrome's "Webpage, Single File": MIME headers, the page quoted-printable (=3D is '=', a soft line break
        // joins "kill=" and "ed", =E2=80=94 is an em dash in UTF-8), then its pictures.
        String mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/live\r\n"
                + "Subject: Live: Kherson\r\nDate: Wed, 2 Mar 2022 15:00:00 -0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                + "\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\r\n"
                + "------MultipartBoundary--abc----\r\nContent-Type: text/html\r\n"
                + "Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://example.org/live\r\n\r\n"
                + "<!DOCTYPE html><html><head><meta charset=3D\"utf-8\"></head><body><p class=3D\"x\">At least 5=\r\n"
                + " people were kill=\r\ned =E2=80=94 the mayor.</p></body></html>\r\n\r\n"
                + "------MultipartBoundary--abc----\r\nContent-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n\r\n"
                + "------MultipartBoundary--abc------\r\n";
        assertEquals("At least 5 people were killed \u2014 the mayor.", text(mhtml));
        String encoded = mhtml.substring(mhtml.indexOf("<!DOCTYPE"), mhtml.indexOf("\r\n\r\n------", 300));
        String html = "<p>Twelve killed \u2014 police.</p>";
        String base64 = mhtml.replace("quoted-printable", "base64").replace(encoded,
                java.util.Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Twelve killed \u2014 police.", text(base64));
    }
}
