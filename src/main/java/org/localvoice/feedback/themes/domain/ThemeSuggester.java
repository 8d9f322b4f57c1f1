package org.localvoice.feedback.themes.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which suggestion model serves a network: the national one, learned from the shipped NHS comments, until
 * the network has confirmed the themes of {@value #OWN_MODEL_FROM} views; from then on a model that also
 * learns from the network's own confirmed views (each counting {@value #OWN_WEIGHT} times), relearned
 * after every {@value #RELEARN_AFTER} newly confirmed views. Models are kept in memory, one per network.
 */
@Component
class ThemeSuggester {

    static final int OWN_MODEL_FROM = 30;
    static final int RELEARN_AFTER = 20;
    static final double OWN_WEIGHT = 3;
    static final int MAX_OWN_VIEWS = 5000;
    private static final Logger log = LoggerFactory.getLogger(ThemeSuggester.class);

    private record NetworkModel(SuggestionModel model, long confirmed) {
    }

    private final ViewTexts views;
    private final Map<UUID, NetworkModel> networks = new ConcurrentHashMap<>();
    private volatile SuggestionModel national;

    ThemeSuggester(ViewTexts views) {
        this.views = views;
    }

    List<Suggestion> suggest(UUID networkId, String text) {
        return model(networkId).suggest(text);
    }

    /** True when the network's own confirmed views teach its model. */
    boolean learnsFromOwnViews(UUID networkId) {
        return model(networkId) != national();
    }

    SuggestionModel model(UUID networkId) {
        long confirmed = views.confirmedCount(networkId);
        if (confirmed < OWN_MODEL_FROM) {
            return national();
        }
        NetworkModel current = networks.get(networkId);
        if (current == null || confirmed >= current.confirmed() + RELEARN_AFTER) {
            List<LabelledView> own = views.confirmed(networkId, MAX_OWN_VIEWS);
            current = new NetworkModel(new SuggestionModel().learn(SeedComments.all(), 1).learn(own, OWN_WEIGHT), confirmed);
            networks.put(networkId, current);
            log.info("Theme suggestions for network {} relearned with {} of its own confirmed views", networkId, own.size());
        }
        return current.model();
    }

    SuggestionModel national() {
        SuggestionModel model = national;
        if (model == null) {
            synchronized (this) {
                if (national == null) {
                    national = new SuggestionModel().learn(SeedComments.all(), 1);
                }
                model = national;
            }
        }
        return model;
    }
}
