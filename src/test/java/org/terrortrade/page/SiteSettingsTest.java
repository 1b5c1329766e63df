package org.terrortrade.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Settings from jbake.properties and a deployment's overrides; the base path in its one normal form. */
@Tag("unit")
class SiteSettingsTest {
    @Test
    void normalisesTheBasePath() {
        assertEquals("/", SiteSettings.normaliseBasePath(""));
        assertEquals("/repo/", SiteSettings.normaliseBasePath("repo"));
        assertEquals("/repo/", SiteSettings.normaliseBasePath("/repo"));
        assertEquals("/repo/", SiteSettings.normaliseBasePath("//repo//"));
    }

    @Test
    void aDeploymentOverridesWhatItPasses() {
        Map<String, Object> properties = Map.of("site.title", "الموقع", "site.basepath", "/", "site.origin", "http://localhost:8820/");
        SiteSettings local = SiteSettings.from(properties::get, SiteSettings.Overrides.NONE);
        assertEquals("http://localhost:8820", local.origin(), "no trailing slash");
        assertEquals("ar", local.language(), "Arabic unless configured");
        SiteSettings pages = SiteSettings.from(properties::get,
                new SiteSettings.Overrides("repo", "https://github.com/o/r/", "main", "https://o.github.io"));
        assertEquals("/repo/", pages.basePath());
        assertEquals("https://o.github.io/repo/actors/", pages.absoluteUrl("actors/index.html"));
        assertEquals("https://github.com/o/r/edit/main/content/about.md", pages.editUrl("content/about.md"));
    }
}
