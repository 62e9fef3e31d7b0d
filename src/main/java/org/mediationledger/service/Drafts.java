package org.mediationledger.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a clerk has typed into a form and not yet saved, kept in a small file beside the ledger (drafts/…json) so that
 * it survives a closed window, a crash or a power cut and is offered again. Written whole or not at all (a temporary
 * file moved into place); a draft that cannot be read is set aside, never a reason to fail.
 */
public final class Drafts {
    private static final Logger LOG = LoggerFactory.getLogger(Drafts.class);
    private final Path folder;
    private final String prefix;
    private final ObjectMapper json = new ObjectMapper();

    public Drafts(Path ledgerFile) {
        this.folder = ledgerFile.toAbsolutePath().resolveSibling("drafts");
        this.prefix = ledgerFile.getFileName().toString().replace(".mv.db", "");
    }

    private Path file(String key) {
        return folder.resolve(prefix + "-" + key + ".json");
    }

    public void save(String key, Map<String, Object> values) {
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve(prefix + "-" + key + ".json.part");
            json.writeValue(tmp.toFile(), values);
            Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not keep the draft {}", key, e);
        }
    }

    public Optional<Map<String, Object>> load(String key) {
        Path f = file(key);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(f.toFile(), new TypeReference<Map<String, Object>>() { }));
        } catch (IOException e) {
            LOG.warn("the draft {} cannot be read; set aside", f, e);
            try {
                Files.move(f, f.resolveSibling(f.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException x) {
                LOG.warn("could not set {} aside", f, x);
            }
            return Optional.empty();
        }
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            LOG.warn("could not delete the draft {}", key, e);
        }
    }
}
