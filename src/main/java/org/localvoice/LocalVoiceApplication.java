package org.localvoice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Local Voice: one modular monolith serving many Local Involvement Networks. */
@Modulithic(systemName = "Local Voice", sharedModules = "shared")
@SpringBootApplication
public class LocalVoiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalVoiceApplication.class, args);
    }
}
