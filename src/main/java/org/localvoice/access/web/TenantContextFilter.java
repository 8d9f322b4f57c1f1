package org.localvoice.access.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localvoice.access.CurrentUser;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.Networks;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the network whose data this request may see: the network named in a public {@code /n/{slug}}
 * address, otherwise the signed-in user's network, otherwise none (which matches no tenant-owned row).
 */
@Component
class TenantContextFilter extends OncePerRequestFilter {

    private static final Pattern PUBLIC = Pattern.compile("^/n/([a-z0-9-]+)(/.*)?$");
    static final String NETWORK_ATTRIBUTE = "lvNetwork";

    private final Networks networks;

    TenantContextFilter(Networks networks) {
        this.networks = networks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            Matcher m = PUBLIC.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            if (m.matches()) {
                networks.findBySlug(m.group(1)).ifPresent(n -> {
                    TenantContext.set(n.id());
                    request.setAttribute(NETWORK_ATTRIBUTE, n);
                });
            } else {
                CurrentUser.get().filter(u -> u.networkId() != null).ifPresent(u -> {
                    TenantContext.set(u.networkId());
                    networks.findById(u.networkId()).ifPresent(n -> request.setAttribute(NETWORK_ATTRIBUTE, n));
                });
            }
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
