package org.terrortrade.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.terrortrade.TestProject;

/**
 * Writes a copy of the site plus N synthetic Arabic pages (paragraphs recombined from the article, headings, a
 * table, links between pages), and the same pages as a minimal Hugo site, so that both engines build the same corpus.
 * Usage: SyntheticCorpus <folder> <pages>
 */
public final class SyntheticCorpus {
    private SyntheticCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        write(folder.resolve("jbake"), folder.resolve("hugo"), pages);
    }

    static void write(Path jbake, Path hugo, int pages) throws IOException {
        TestProject.copyOfSite(Files.createDirectories(jbake));
        List<String> sentences = sentences();
        Random random = new Random(42); // the same corpus every time
        Files.createDirectories(hugo.resolve("content/pages"));
        Files.createDirectories(hugo.resolve("layouts/_default"));
        Files.writeString(hugo.resolve("hugo.toml"), "baseURL = 'https://example.org/'\nlanguageCode = 'ar'\ntitle = 'bench'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        Files.writeString(hugo.resolve("layouts/_default/single.html"),
                "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
                        + "<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n");
        Files.writeString(hugo.resolve("layouts/_default/list.html"), "<!doctype html><html lang=\"ar\"><body>{{ .Title }}</body></html>\n");
        for (int n = 1; n <= pages; n++) {
            String slug = String.format("p%05d", n);
            StringBuilder body = new StringBuilder();
            for (int section = 1; section <= 3; section++) {
                body.append("## القسم ").append(section).append(" {#s").append(section).append("}\n\n");
                for (int paragraph = 0; paragraph < 2; paragraph++) {
                    for (int s = 0; s < 4; s++) {
                        body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                    }
                    body.append("\n\n");
                }
            }
            body.append("| البند | القيمة |\n|---|---|\n| المساعدات | أكثر من 33 مليار دولار |\n\n");
            body.append("انظر أيضًا [الصفحة التالية](").append(String.format("p%05d", n % pages + 1)).append(".html).\n");
            String title = "صفحة تجريبية رقم " + n;
            Files.createDirectories(jbake.resolve("content/pages"));
            Files.writeString(jbake.resolve("content/pages/" + slug + ".md"), "---\ntype: page\ntitle: " + title
                    + "\ndescription: صفحة من مدونة اختبار الأداء.\ndate: 2026-11-29\n---\n\n" + body, StandardCharsets.UTF_8);
            Files.writeString(hugo.resolve("content/pages/" + slug + ".md"), "---\ntitle: \"" + title + "\"\ndate: 2026-11-29\n---\n\n"
                    + body.toString().replaceAll("\\(p(\\d+)\\.html\\)", "(../p$1/)"), StandardCharsets.UTF_8);
        }
    }

    private static List<String> sentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/article-source.txt"), StandardCharsets.UTF_8)) {
            for (String sentence : line.split("(?<=\\.)\\s+")) {
                if (sentence.strip().length() > 20) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }
}
