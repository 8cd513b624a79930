package no.vis.web.archfixture;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** A page that reads a register's JSON: breaks "only no.vis.registers knows the registers' JSON". */
public class PageReadingJson {

    JsonObject read(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
