package org.localvoice.directory.domain;

import org.localvoice.directory.Directory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code localvoice.demo-data=true}, fills an empty directory with the shipped demo data on start:
 * {@code localvoice.directory.demo-set=full} (default) adds the 7,000-location CQC sample to the Trafford
 * set; {@code trafford} (tests) loads only the small Trafford set, ICBs and NHS trusts.
 */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class DirectoryDemoData {

    private final Directory directory;
    private final boolean full;

    DirectoryDemoData(Directory directory, @Value("${localvoice.directory.demo-set:full}") String set) {
        this.directory = directory;
        this.full = !"trafford".equalsIgnoreCase(set);
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        directory.loadDemoDirectory(full);
    }
}
