//! HTTPS for the sim: a certificate and key in PEM (a test CA's, as a TLS-inspecting proxy or a
//! private endpoint would present) make it serve every route over TLS instead of plain HTTP.

use std::sync::Arc;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::TlsAcceptor;

/// What the sim presents over TLS.
#[derive(Debug, Clone)]
pub struct TlsIdentity {
    /// The server certificate, then any intermediates, in PEM.
    pub certificate_chain_pem: Vec<u8>,
    /// Its private key in PEM (PKCS#8, SEC1 or PKCS#1).
    pub private_key_pem: Vec<u8>,
}

impl TlsIdentity {
    pub(crate) fn acceptor(&self) -> std::io::Result<TlsAcceptor> {
        let invalid = |what: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, what);
        let chain = CertificateDer::pem_slice_iter(&self.certificate_chain_pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| invalid(format!("certificate: {e:?}")))?;
        let key = PrivateKeyDer::from_pem_slice(&self.private_key_pem)
            .map_err(|e| invalid(format!("private key: {e:?}")))?;
        let provider = Arc::new(tokio_rustls::rustls::crypto::aws_lc_rs::default_provider());
        let config = ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| invalid(e.to_string()))?
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .map_err(|e| invalid(e.to_string()))?;
        Ok(TlsAcceptor::from(Arc::new(config)))
    }
}
