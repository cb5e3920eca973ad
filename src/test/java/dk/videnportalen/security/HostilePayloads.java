package dk.videnportalen.security;

import java.util.List;

/**
 * Attack strings the hostile-input suites send: the classic XSS vectors (tags, attributes,
 * URLs, encodings, template injection), SQL/JPQL injection, Lucene query-syntax abuse and file
 * names that try to climb out of the store. Kept in one place so the API suite and the browser
 * suite try the same things.
 */
final class HostilePayloads {

  private HostilePayloads() {}

  /** Each one, if rendered unescaped, sets {@code window.__xss} (checked in Chromium). */
  static final List<String> SCRIPT = List.of(
      "<script>window.__xss=1</script>",
      "<img src=x onerror=\"window.__xss=1\">",
      "<svg onload=\"window.__xss=1\"></svg>",
      "<svg><script>window.__xss=1</script></svg>",
      "\"><script>window.__xss=1</script>",
      "'><img src=x onerror=window.__xss=1>",
      "</textarea><script>window.__xss=1</script>",
      "</title><script>window.__xss=1</script>",
      "<iframe src=\"javascript:window.top.__xss=1\"></iframe>",
      "<a href=\"javascript:window.__xss=1\">klik</a>",
      "<body onload=window.__xss=1>",
      "<details open ontoggle=\"window.__xss=1\">",
      "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
      "<input autofocus onfocus=\"window.__xss=1\">",
      "<video><source onerror=\"window.__xss=1\"></video>",
      "<object data=\"data:text/html,<script>parent.__xss=1</script>\"></object>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
      "&lt;script&gt;window.__xss=1&lt;/script&gt;",
      "%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E",
      "#{1+1}${1+1}<script>window.__xss=1</script>",
      "{{constructor.constructor('window.__xss=1')()}}",
      "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
      "\u003cimg src=x onerror=window.__xss=1\u003e",
      "<style>@import 'javascript:window.__xss=1';</style>",
      "<mark onmouseover=\"window.__xss=1\">fremhævet</mark>");

  static final List<String> SQL = List.of(
      "' OR '1'='1",
      "' OR 1=1 --",
      "\" OR \"\"=\"",
      "'; DROP TABLE learning_package; --",
      "1; DELETE FROM account",
      "' UNION SELECT username, password_hash FROM account --",
      "admin'--",
      "1' AND SLEEP(5)--",
      "'; SELECT pg_sleep(5); --",
      "%' OR title LIKE '%",
      "x' OR p.title IS NOT NULL OR 'a'='a",
      "') OR ('a'='a",
      "\\'; --",
      "0x27 OR 1=1",
      "'||(SELECT current_user)||'");

  static final List<String> QUERY_SYNTAX = List.of(
      "title:*", "*:*", "*", "?", "((((", "))))", "\"", "AND OR NOT", "a~99", "plan^1000000",
      "/.*/", "[a TO z]", "{* TO *}", "plan AND", "+-plan", "\\", "title:(a OR b OR c)",
      "_id:1", "!!!!", "::::");

  static final List<String> TRAVERSAL_NAMES = List.of(
      "../../../../etc/passwd",
      "..\\..\\..\\windows\\win.ini",
      "/etc/passwd",
      "C:\\Windows\\system.ini",
      "....//....//evil.txt",
      "..%2f..%2fevil.txt",
      "%2e%2e%2f%2e%2e%2fevil.txt",
      "../evil.txt",
      "..",
      ".",
      "evil\u0000.txt",
      "navn\r\nX-Injected: ja.txt",
      "a".repeat(1_000) + ".txt",
      "CON.txt",
      "~/.ssh/authorized_keys",
      "file:///etc/passwd",
      "\u202Etxt.exe");
}
