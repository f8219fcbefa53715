package id.arus.platform;

import java.util.List;

/** Read access to the analysts' folders and what became of every file in them. */
public interface AnalystArtifacts {

    /** Every known file of the kind, sorted by path, including removed and rejected ones. */
    List<ArtifactStatus> statuses(ArtifactKind kind);

    /** Where files of this kind are read from: a folder path, or {@code classpath:arus/<folder>}. */
    String location(ArtifactKind kind);

    /** Reads the folders now instead of waiting for the next poll; returns when the loaders are done. */
    void rescan();
}
